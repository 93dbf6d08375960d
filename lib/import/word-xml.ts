/**
 * Small helpers over the DOM of a WordprocessingML part, by local name so that both the
 * transitional (w: = …/2006/main) and the strict namespace read alike. Pure.
 */
import { DOMParser } from '@xmldom/xmldom';

/** An element of a parsed part (xmldom's DOM). */
export type XmlElement = Element;

/** Parses one XML part; throws on XML that is not well-formed. */
export function parseXml(xml: string): XmlElement {
  let failure = '';
  const fail = (message: unknown) => { failure ||= String(message); };
  const doc = new DOMParser({ errorHandler: { error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (failure || !root) throw new Error(`not well-formed XML: ${failure}`);
  return root;
}

/** The element children of `el`. */
export function children(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

/** The first child element named `name`, if any. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el ? children(el).find((c) => c.localName === name) : undefined;
}

/** All child elements named `name`. */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? children(el).filter((c) => c.localName === name) : [];
}

/** All descendant elements named `name`, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const c of children(node)) {
      if (c.localName === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The attribute with local name `name` (w:val, w:numId …), or undefined. */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  if (!el) return undefined;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && (a.localName ?? a.name) === name) return a.value;
  }
  return undefined;
}

/** The w:val of the child named `name` (e.g. w:pStyle w:val="1"), or undefined. */
export function childVal(el: XmlElement | undefined, name: string): string | undefined {
  return attr(child(el, name), 'val');
}

/** Whether an on/off property (w:b, w:vanish …) is on: present, and its val not 0/false/off. */
export function isOn(el: XmlElement | undefined, name: string): boolean | undefined {
  const prop = child(el, name);
  if (!prop) return undefined;
  const val = attr(prop, 'val');
  return val === undefined || !/^(?:0|false|off)$/i.test(val);
}
