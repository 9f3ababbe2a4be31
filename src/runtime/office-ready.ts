/**
 * Resolves when office.js is ready, or at once when office.js is absent (a plain browser without network);
 * never rejects. The value is the host ("Excel") or null outside Office.
 *
 * @example
 * await officeReady(); // → "Excel" inside Excel, null in a plain browser
 */
export async function officeReady(): Promise<string | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  try {
    const info = await Office.onReady();
    return info.host ? String(info.host) : null;
  } catch {
    return null;
  }
}
