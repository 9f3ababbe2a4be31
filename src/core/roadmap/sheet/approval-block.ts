import { text } from "../../plans/sheet-plan";
import type { ApprovalParty } from "../template";
import type { SheetDraft } from "./sheet-draft";

/** The blank line a signature is written on: «____________ / ____________ /». */
export const SIGNATURE_BLANK = "____________";

/**
 * The signature line of a party: a blank for the signature, then the name or a second blank.
 * @example signatureLine({ label: "Утверждено", position: "", name: "" }) // "____________ / ____________ /"
 * @example signatureLine({ label: "Утверждено", position: "", name: "И.И. Иванова" }) // "____________ / И.И. Иванова /"
 */
export function signatureLine(party: ApprovalParty): string {
  return `${SIGNATURE_BLANK} / ${party.name.trim() || SIGNATURE_BLANK} /`;
}

/**
 * The date line under a signature, with the plan year: ««___» ________ 2024 г.».
 * @example approvalDateLine(2024) // "«___» ________ 2024 г."
 */
export function approvalDateLine(year: number): string {
  return `«___» ________ ${year} г.`;
}

const ROWS_PER_PARTY = 4;

/**
 * Writes the approval block at the top of a sheet: parties whose label approves («Утверждено», «Утверждаю»)
 * on the right half, the others («Согласовано», «Приложение …») on the left, as Russian orders lay them out;
 * each party takes four rows — label (bold), position, signature line, date line — merged across its half.
 * Returns the first row after the block.
 * @example writeApprovalBlock(draft, [{ label: "Утверждено", position: "Директор ИМЦ", name: "" }], 2024, 6, 0) // 4
 */
export function writeApprovalBlock(
  draft: SheetDraft,
  parties: readonly ApprovalParty[],
  year: number,
  width: number,
  firstRow: number,
): number {
  const half = Math.max(1, Math.floor(width / 2));
  const right = parties.filter((p) => /утвер/iu.test(p.label));
  const left = parties.filter((p) => !/утвер/iu.test(p.label));
  const sides: [readonly ApprovalParty[], number, number][] = [
    [left, 0, half],
    [right, half, width - half],
  ];
  let end = firstRow;
  for (const [list, column, columnCount] of sides) {
    let row = firstRow;
    for (const party of list) {
      const lines = [party.label, party.position, signatureLine(party), approvalDateLine(year)];
      lines.forEach((line, i) => {
        draft.set(row + i, column, text(line));
        draft.merge({ row: row + i, column, columnCount });
      });
      draft.style({ row, column, columnCount }, { bold: true });
      draft.style({ row: row + 1, column, columnCount }, { wrap: true });
      row += ROWS_PER_PARTY + 1;
    }
    end = Math.max(end, row);
  }
  return end;
}
