/** 打印: opens the browser's print dialog (the print stylesheet makes it a document). */
export function PrintButton() {
  return (
    <button type="button" className="chip js-only" data-action="print">
      打印
    </button>
  );
}
