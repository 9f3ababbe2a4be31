/** Types of scripts/validate-manifest.js (used by the tests). */

export interface XmlElement {
  name: string;
  prefix: string;
  local: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  readonly parent: XmlElement | null;
}

export interface Finding {
  level: "error" | "warning" | "info";
  ru: string;
  en: string;
}

export interface ValidationReport {
  ok: boolean;
  wellFormed: string[];
  schema: string[];
  removed: { name: string; line: number }[];
  findings: Finding[];
}

export function parseXml(text: string): XmlElement;
export function allElements(root: XmlElement): XmlElement[];
export function stripNewerElements(text: string): { text: string; removed: { name: string; line: number }[] };
export function checkManifest(
  root: XmlElement,
  options: { rootDir?: string; distDir?: string; srcDir?: string },
): Finding[];
export function validateManifest(
  manifestPath: string,
  options?: { rootDir?: string; distDir?: string; srcDir?: string },
): Promise<ValidationReport>;
export function pngSize(buffer: Uint8Array): { width: number; height: number } | null;
export const NEWER_ELEMENTS: readonly { name: string; since: string }[];
