import type { SheetValues } from "../../src/core/cells/cell-value";
import {
  generateMonitoringTab,
  subscribeMonitoringPane,
  type MonitoringPaneRequest,
} from "../../src/commands/monitoring";
import {
  CRITERIA_PROFILE_SETTING,
  DEFAULT_CRITERIA_PROFILE,
  cloneProfile,
  serializeProfile,
} from "../../src/core/criteria";
import { MemoryHost } from "../../src/hosts/memory-host";
import { XlsxHost } from "../../src/hosts/xlsx-host";

let sample: SheetValues[];
beforeAll(async () => {
  sample = await (await XlsxHost.open("examples/kirov-district-sample.xlsx")).readSheets();
});

describe("«Сформировать мониторинг» in one click", () => {
  it("writes the tab with no pane when the map is unambiguous", async () => {
    const host = new MemoryHost(sample);
    const show = jest.fn(() => Promise.resolve());
    const click = await generateMonitoringTab(host, show);
    expect(click.ok).toBe(true);
    expect(show).not.toHaveBeenCalled();
    expect(await host.sheetNames()).toContain("Мониторинг");
  });

  it.each([
    ["no ШНОР flags and no school the profile calls ШНОР", "shnor-list"],
    ["results of one year", "workbook-map"],
  ])("opens the pane at the step that needs an answer: %s", async (_, step) => {
    const host =
      step === "workbook-map"
        ? new MemoryHost(sample.filter((s) => !/2022/u.test(s.name)))
        : new MemoryHost(
            sample.map((s) =>
              s.name === "Список ОО" ? { ...s, values: s.values.map((r) => r.slice(0, 5)) } : s,
            ),
          );
    if (step === "shnor-list") {
      // A district profile under which no school is ШНОР (threshold 100 %).
      const profile = { ...cloneProfile(DEFAULT_CRITERIA_PROFILE), failShareThreshold: 100 };
      await host.setSetting(CRITERIA_PROFILE_SETTING, serializeProfile(profile));
    }
    const seen: MonitoringPaneRequest[] = [];
    const show = jest.fn(() => Promise.resolve());
    const click = await generateMonitoringTab(host, show);
    const stop = subscribeMonitoringPane((r) => seen.push(r));
    stop();
    expect(click.ok).toBe(false);
    expect(show).toHaveBeenCalledTimes(1);
    expect(seen.map((r) => r.step)).toEqual([step]);
    expect(seen[0].message.length).toBeGreaterThan(20);
    expect(await host.sheetNames()).not.toContain("Мониторинг");
  });

  it("opens the pane with the reason when Excel fails, and never throws", async () => {
    class Broken extends MemoryHost {
      override readSheets(): Promise<SheetValues[]> {
        return Promise.reject(new Error("нет связи с Excel"));
      }
    }
    const seen: MonitoringPaneRequest[] = [];
    const stop = subscribeMonitoringPane((r) => seen.push(r));
    const click = await generateMonitoringTab(new Broken(sample), () => Promise.resolve());
    stop();
    expect(click).toMatchObject({ ok: false, step: "error" });
    expect(seen[0].message).toContain("нет связи с Excel");
  });
});
