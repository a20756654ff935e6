// How the metrics point back at an action and its post-mortem, so a report can link to them.
import type { IndexedAction, IndexedPostMortem } from "../index/types";
import type { ActionRef, PostMortemRef } from "./types";

export function postMortemRef(postMortem: IndexedPostMortem): PostMortemRef {
  return { uri: postMortem.uri, title: postMortem.title, date: postMortem.date ?? null };
}

export function actionRef(action: IndexedAction, postMortem: IndexedPostMortem): ActionRef {
  return {
    uri: action.uri,
    actionId: action.id,
    range: action.range,
    text: action.text,
    owners: action.owners,
    state: action.state,
    postMortem: postMortemRef(postMortem),
  };
}
