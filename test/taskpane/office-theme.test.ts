import { isDarkColor } from "../../src/taskpane/office-theme";

describe("isDarkColor (Office theme → Fluent theme)", () => {
  test.each([
    ["#262626", true], // Excel dark grey
    ["#000000", true], // black
    ["#1F1F1F", true],
    ["#FFFFFF", false], // colorful / white
    ["#E6E6E6", false], // light grey
    ["f3f3f3", false],
    ["#333", true], // short form
    ["", false], // unreadable → light
    ["not a colour", false],
  ])("%s → dark %s", (colour, dark) => {
    expect(isDarkColor(colour)).toBe(dark);
  });
});
