/**
 * The shared runtime's entry (taskpane.html loads it right after office.js). Order matters and is the point of
 * this file: 1) custom functions register (SHNOR.*), 2) ribbon commands are associated, 3) only then is the
 * task pane UI fetched as a separate chunk, and 4) the district's criteria profile read from the workbook.
 * Keep this bundle small: it is budgeted at 40 KB gzipped.
 */
import "./custom-functions-guard";
import "../functions/index";
import { associateCommands } from "../commands/commands";
import { loadTaskpane } from "./load-taskpane";
import { officeReady } from "./office-ready";
import { loadProfileAtStartup } from "./profile-startup";

associateCommands();

const ready = officeReady();
// 4) The district's criteria profile, read from the workbook once Office is ready (the host code is a lazy
// chunk, so it neither grows this bundle nor delays registration); the functions use the default until then.
void loadProfileAtStartup({
  ready,
  openStore: async () => {
    const { ExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../hosts/excel-host");
    return new ExcelHost();
  },
});
void ready.then(() => loadTaskpane(document));
