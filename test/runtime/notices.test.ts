import { postNotice, subscribeNotices, type Notice } from "../../src/runtime/notices";

describe("notices between commands and the task pane", () => {
  test("a notice raised before the pane exists is delivered when it subscribes, once", () => {
    const first = postNotice("monitoring-not-available");
    const seen: Notice[] = [];
    const stop = subscribeNotices((n) => seen.push(n));
    expect(seen).toEqual([first]);
    const second = postNotice("monitoring-not-available");
    expect(seen).toEqual([first, second]);
    expect(second.seq).toBeGreaterThan(first.seq);
    stop();
    postNotice("monitoring-not-available");
    expect(seen).toHaveLength(2);
    const late: Notice[] = [];
    subscribeNotices((n) => late.push(n))();
    expect(late).toHaveLength(1); // the one raised while nobody listened
  });
});
