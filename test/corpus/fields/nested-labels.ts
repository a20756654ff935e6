import type { FieldRow } from "../fieldRow";

// In a log of incidents, each dated entry holds a "ToDo:" label over its tasks, a level down the list: the tasks
// are items there too (parse/looseLists.ts readActionLabelGroups). A "Summary:" label a level down holds none.
export const rows: FieldRow[] = [
  {
    branch: "items: a nested 'ToDo:' label under a dated entry holds the entry's tasks",
    markdown:
      "# Exam platform incidents\n\n* 15.07.2025:\n  * Summary:\n    * The laptop clocks drifted from the server.\n  * ToDo:\n    * Enable the time server in the exam image [DONE]\n    * Ask Kim for a node with 24 GB of memory\n",
    items: ["Enable the time server in the exam image", "Ask Kim for a node with 24 GB of memory"],
  },
  {
    branch: "status: a '[DONE]' task under a nested 'ToDo:' label is done",
    markdown:
      "# Exam platform incidents\n\n* 15.07.2025:\n  * ToDo:\n    * Enable the time server in the exam image [DONE]\n",
    expect: { status: "done" },
  },
  {
    branch: "items: a nested 'Summary:' label holds no tasks",
    markdown:
      "# Exam platform incidents\n\n* 15.07.2025:\n  * Summary:\n    * The laptop clocks drifted from the server.\n",
    items: [],
  },
];
