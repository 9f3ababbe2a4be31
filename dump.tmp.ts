import { XlsxHost } from "./src/hosts/xlsx-host";
(async () => {
  const [file, sheet, from, to] = process.argv.slice(2);
  const h = await XlsxHost.open(file);
  const [s] = await h.readSheets([sheet]);
  s.values.slice(Number(from), Number(to)).forEach((r, i) => console.log(Number(from) + i + s.firstRow + 1, JSON.stringify(r).slice(0, 260)));
})();
