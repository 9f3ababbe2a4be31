/**
 * A synthetic city-sized district workbook for the monitoring bench and the sync-count test: `n` schools, all
 * flagged ШНОР; ВПР of two years (5 grades × 2 subjects, long table), ОГЭ of two years (wide, two subjects),
 * staffing of two years. Deterministic (a small LCG), real-looking in form (title row, two-row ОГЭ header).
 */
import type { CellValue, SheetValues } from "../../../src/core/cells/cell-value";

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const sheet = (name: string, values: CellValue[][]): SheetValues => ({
  name,
  firstRow: 0,
  firstColumn: 0,
  values,
});
const schoolName = (i: number) => `ГБОУ СОШ № ${100 + i}`;

/**
 * The workbook's sheets.
 * @example citySheets(700).map((s) => s.name) // ["Список ОО", "ВПР 2022", "ВПР 2023", "ОГЭ 2022", …]
 */
export function citySheets(n: number, seed = 7): SheetValues[] {
  const random = lcg(seed);
  const registry: CellValue[][] = [
    ["Список ОО района"],
    ["№ п/п", "Полное наименование ОО", "ШНОР (перечень 2023 г.)"],
    ...Array.from({ length: n }, (_, i) => [i + 1, schoolName(i), "да"]),
  ];
  const vpr = (year: number): SheetValues => {
    const rows: CellValue[][] = [
      [`Результаты ВПР ${year}`],
      ["ОО", "Класс", "Предмет", "Кол-во участников", "2", "3", "4", "5"],
    ];
    for (let i = 0; i < n; i++)
      for (const grade of [4, 5, 6, 7, 8])
        for (const subject of ["Математика", "Русский язык"]) {
          const two = Math.round(random() * 400) / 10;
          const five = Math.round(random() * (100 - two) * 3) / 10;
          const four = Math.round(random() * (100 - two - five) * 10) / 10;
          rows.push([
            schoolName(i),
            grade,
            subject,
            20 + Math.floor(random() * 80),
            two,
            Math.round((100 - two - four - five) * 10) / 10,
            four,
            five,
          ]);
        }
    return sheet(`ВПР ${year}`, rows);
  };
  const oge = (year: number): SheetValues => {
    const rows: CellValue[][] = [
      [`Результаты ОГЭ ${year}`],
      ["Наименование ОО", "Русский язык", "", "", "Математика", "", ""],
      [
        "",
        "Кол-во участников",
        "Средний первичный балл",
        "Доля «2», %",
        "Кол-во участников",
        "Средний первичный балл",
        "Доля «2», %",
      ],
    ];
    for (let i = 0; i < n; i++)
      rows.push([
        schoolName(i),
        40,
        Math.round((15 + random() * 15) * 10) / 10,
        Math.round(random() * 200) / 10,
        40,
        Math.round((8 + random() * 15) * 10) / 10,
        Math.round(random() * 300) / 10,
      ]);
    return sheet(`ОГЭ ${year}`, rows);
  };
  const staffing = (year: number): SheetValues => {
    const rows: CellValue[][] = [
      [
        "ОО",
        "Всего педагогических работников, чел.",
        "Высшая квалификационная категория, чел.",
        "Вакансии, ед.",
      ],
    ];
    for (let i = 0; i < n; i++)
      rows.push([
        schoolName(i),
        40 + Math.floor(random() * 40),
        10 + Math.floor(random() * 20),
        Math.floor(random() * 5),
      ]);
    return sheet(`Кадры ${year}`, rows);
  };
  return [
    sheet("Список ОО", registry),
    vpr(2022),
    vpr(2023),
    oge(2022),
    oge(2023),
    staffing(2022),
    staffing(2023),
  ];
}
