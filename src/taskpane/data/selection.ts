/** The cell the user selects in Excel, followed so the pane can show the school of the selected row. */

/** A selected cell: sheet name and zero-based row. */
export interface SelectedRow {
  sheet: string;
  row: number;
}

/** A source of selection changes; `subscribe` returns the unsubscribe function. */
export interface SelectionSource {
  subscribe(listener: (selection: SelectedRow) => void): () => void;
}

/**
 * A selection source fed by hand (the preview and tests): `emit` plays the part of Excel.
 * @example const s = manualSelection(); s.subscribe(console.log); s.emit({ sheet: "ВПР 2023", row: 5 });
 */
export function manualSelection(): SelectionSource & { emit(selection: SelectedRow): void } {
  const listeners = new Set<(selection: SelectedRow) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(selection) {
      listeners.forEach((l) => l(selection));
    },
  };
}

/**
 * Excel's selection through Office.js `onSelectionChanged` (ExcelApi 1.2); silently nothing where the event is
 * not supported.
 * @example excelSelection().subscribe(({ sheet, row }) => show(sheet, row));
 */
export function excelSelection(): SelectionSource {
  return {
    subscribe(listener) {
      let handler: OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | undefined;
      let stopped = false;
      const report = () =>
        Excel.run(async (context) => {
          const range = context.workbook.getSelectedRange().load("rowIndex");
          const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
          await context.sync();
          if (!stopped) listener({ sheet: sheet.name, row: range.rowIndex });
        }).catch(() => undefined);
      Excel.run(async (context) => {
        handler = context.workbook.onSelectionChanged.add(report);
        await context.sync();
      }).catch(() => undefined);
      return () => {
        stopped = true;
        const h = handler;
        if (h)
          void Excel.run(h.context, async (context) => {
            h.remove();
            await context.sync();
          }).catch(() => undefined);
      };
    },
  };
}
