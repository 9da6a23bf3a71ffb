// Runs in every test file before its tests: a test run leaves no temporary trees behind.
import { afterAll } from 'vitest';
import { removeTmpTrees } from './helpers/tmp.js';

afterAll(removeTmpTrees);
