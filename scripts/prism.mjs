// The Prism launcher lives in mock/ because it ships in the package (the `dmt-lite-mock` bin);
// the repository's scripts and tests keep importing it from here.
export { findPrism, freePort, portIsFree, PortInUseError, PrismMissingError, startPrism } from '../mock/prism.mjs';
