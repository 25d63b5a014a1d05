// Same Mocha entry as the main suite; it runs the *.test.js bundled beside it.
export { run } from '../suite/index';
