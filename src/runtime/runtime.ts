/**
 * The shared runtime's entry (taskpane.html loads it right after office.js). Order matters and is the point of
 * this file: 1) custom functions register (SHNOR.*), 2) ribbon commands are associated, 3) only then is the
 * task pane UI fetched as a separate chunk. Keep this bundle small: it is budgeted at 40 KB gzipped.
 */
import "./custom-functions-guard";
import "../functions/index";
import { associateCommands } from "../commands/commands";
import { loadTaskpane } from "./load-taskpane";
import { officeReady } from "./office-ready";

associateCommands();

void officeReady().then(() => loadTaskpane(document));
