#!/usr/bin/env node
// The launcher's earlier path, kept for scripts that run `node bin/replylint.js` (the
// shared real-replies tool among them). The launcher is bin/replylint.cjs, the package's
// `bin`: CommonJS, which starts ~13 ms sooner than this ES module (see its header).
import './replylint.cjs';
