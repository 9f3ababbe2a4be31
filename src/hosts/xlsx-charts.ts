/**
 * Charts of sheet plans in `.xlsx` files. exceljs cannot write charts, so `writePlanToWorksheet` remembers a
 * plan's charts per worksheet and `xlsxBufferWithCharts` adds them to the saved package (DrawingML parts:
 * chart, drawing, relationships, content types). A chart refers to ranges of its own sheet, so Excel and
 * LibreOffice draw it from the cells.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { a1, quoteSheetName } from "../core/cells/a1";
import type { PlanChart, PlanRange } from "../core/plans/sheet-plan";

const pending = new WeakMap<ExcelJS.Worksheet, readonly PlanChart[]>();

/**
 * Remembers the charts of a worksheet until the workbook is saved with `xlsxBufferWithCharts`.
 * @example rememberCharts(sheet, plan.charts ?? [])
 */
export function rememberCharts(sheet: ExcelJS.Worksheet, charts: readonly PlanChart[]): void {
  if (charts.length > 0) pending.set(sheet, charts);
  else pending.delete(sheet);
}

/**
 * The charts remembered for a worksheet (empty when none).
 * @example chartsOf(sheet).length // 1
 */
export function chartsOf(sheet: ExcelJS.Worksheet): readonly PlanChart[] {
  return pending.get(sheet) ?? [];
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unesc = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const absolute = (sheet: string, r: PlanRange) => {
  const abs = (row: number, column: number) => a1(row, column).replace(/^([A-Z]+)(\d+)$/u, "$$$1$$$2");
  const end = abs(r.row + (r.rowCount ?? 1) - 1, r.column + (r.columnCount ?? 1) - 1);
  return `${quoteSheetName(sheet)}!${abs(r.row, r.column)}:${end}`;
};

const C =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const COLOURS = ["A5A5A5", "4472C4", "ED7D31", "70AD47"];

function richText(text: string, size: number): string {
  return `<c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="ru-RU" sz="${size}" b="1"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

/** The chart part (DrawingML) of one chart on `sheet`. */
export function chartXml(sheet: string, chart: PlanChart): string {
  const series = chart.series
    .map((s, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const look =
        chart.type === "line"
          ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/></c:marker>`
          : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
      return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>${look}<c:cat><c:strRef><c:f>${esc(absolute(sheet, chart.categories))}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${esc(absolute(sheet, s.values))}</c:f></c:numRef></c:val>${chart.type === "line" ? '<c:smooth val="0"/>' : ""}</c:ser>`;
    })
    .join("");
  const plot =
    chart.type === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`;
  const axisTitle = chart.valueAxisTitle
    ? `<c:title>${richText(chart.valueAxisTitle, 900)}<c:overlay val="0"/></c:title>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace ${C}><c:roundedCorners val="0"/><c:chart><c:title>${richText(chart.title, 1200)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>${axisTitle}<c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function drawingXml(charts: readonly PlanChart[], ids: readonly string[]): string {
  const anchors = charts
    .map((chart, i) => {
      const r = chart.anchor;
      return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${r.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${r.column + (r.columnCount ?? 1)}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r.row + (r.rowCount ?? 1)}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Диаграмма ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${ids[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors}</xdr:wsDr>`;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rels = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;

/** Elements that follow <drawing> in a worksheet part (CT_Worksheet order). */
const AFTER_DRAWING = [
  "<legacyDrawing ",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

/** The worksheet part path of each sheet name, from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const bookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of bookRels.matchAll(/<Relationship\b[^>]*>/gu)) {
    const id = /\bId="([^"]+)"/u.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/u.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/u, "xl/"));
  }
  const out = new Map<string, string>();
  for (const m of book.matchAll(/<sheet\b[^>]*>/gu)) {
    const name = /\bname="([^"]*)"/u.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/u.exec(m[0])?.[1];
    if (name !== undefined && id && targets.has(id)) out.set(unesc(name), targets.get(id)!);
  }
  return out;
}

/**
 * The workbook as `.xlsx` bytes with the remembered charts of its worksheets added.
 * @example writeFileSync(path, await xlsxBufferWithCharts(workbook))
 */
export async function xlsxBufferWithCharts(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const withCharts = workbook.worksheets.filter((s) => chartsOf(s).length > 0);
  if (withCharts.length === 0) return buffer;
  const zip = await JSZip.loadAsync(buffer);
  const parts = await sheetParts(zip);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  let n = 0;
  for (const sheet of withCharts) {
    const part = parts.get(sheet.name);
    if (!part || !zip.file(part)) continue;
    n++;
    const charts = chartsOf(sheet);
    const drawing = `xl/drawings/drawingShnor${n}.xml`;
    const chartIds = charts.map((_, i) => `rIdShnorChart${i + 1}`);
    charts.forEach((chart, i) => {
      const path = `xl/charts/chartShnor${n}_${i + 1}.xml`;
      zip.file(path, chartXml(sheet.name, chart));
      types = types.replace(
        "</Types>",
        `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
      );
    });
    zip.file(drawing, drawingXml(charts, chartIds));
    zip.file(
      `xl/drawings/_rels/drawingShnor${n}.xml.rels`,
      rels(
        charts
          .map(
            (_, i) =>
              `<Relationship Id="${chartIds[i]}" Type="${REL}/chart" Target="../charts/chartShnor${n}_${i + 1}.xml"/>`,
          )
          .join(""),
      ),
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
    );
    const relPath = part.replace(/([^/]+)$/u, "_rels/$1.rels");
    const drawingRel = `<Relationship Id="rIdShnorDrawing" Type="${REL}/drawing" Target="../drawings/drawingShnor${n}.xml"/>`;
    const existing = await zip.file(relPath)?.async("string");
    zip.file(
      relPath,
      existing ? existing.replace("</Relationships>", `${drawingRel}</Relationships>`) : rels(drawingRel),
    );
    let xml = await zip.file(part)!.async("string");
    const at = Math.min(...AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
    xml = `${xml.slice(0, at)}<drawing r:id="rIdShnorDrawing"/>${xml.slice(at)}`;
    if (!/xmlns:r=/u.test(xml.slice(0, xml.indexOf(">", xml.indexOf("<worksheet")))))
      xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
    zip.file(part, xml);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
