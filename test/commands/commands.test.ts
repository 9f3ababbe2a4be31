import { associateCommands, generateMonitoring } from "../../src/commands/commands";
import { subscribeNotices, type Notice } from "../../src/runtime/notices";

type Handler = (event: { completed: () => void }) => void;

function fakeOffice(showAsTaskpane: () => Promise<void>) {
  const associated = new Map<string, Handler>();
  (globalThis as Record<string, unknown>).Office = {
    actions: { associate: (id: string, fn: Handler) => associated.set(id, fn) },
    addin: { showAsTaskpane },
  };
  return associated;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("ribbon commands", () => {
  test("outside Office there is nothing to associate", () => {
    expect(associateCommands()).toBe(false);
  });

  test("«Сформировать мониторинг» opens the pane with the not-yet-available notice and completes", async () => {
    const show = jest.fn(() => Promise.resolve());
    const associated = fakeOffice(show);
    expect(associateCommands()).toBe(true);
    expect([...associated.keys()]).toEqual(["generateMonitoring"]);
    const seen: Notice[] = [];
    const stop = subscribeNotices((n) => seen.push(n));
    const completed = jest.fn();
    associated.get("generateMonitoring")!({ completed });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen.map((n) => n.id)).toEqual(["monitoring-not-available"]);
    expect(show).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test("the event is completed even when the pane cannot be shown", async () => {
    fakeOffice(() => Promise.reject(new Error("not supported")));
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const completed = jest.fn();
    await generateMonitoring({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
