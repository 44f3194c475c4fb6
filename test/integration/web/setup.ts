// mocha's browser build defines the global `mocha`; setup() then defines describe/it for the test files,
// which index.ts imports after this module.
import 'mocha/mocha.js';

mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 180_000 });
