// The throttling plugin uses Bottleneck's light build; the groups passed to it must come from the same build.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
