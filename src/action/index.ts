// The GitHub Action's entry (bundled to dist/action.js): runs the action and sets the exit code.
import { processIo } from '../cli/io.js';
import { installSignalCleanup } from '../cli/write-output.js';
import { runAction } from './run-action.js';

installSignalCleanup();
process.exitCode = await runAction(process.env, processIo());
