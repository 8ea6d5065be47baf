// Windows deployment files that hold account passwords: answer files (unattend.xml, autounattend.xml,
// sysprep.xml), where a password element holds `<Value>` and says by `<PlainText>` whether it is
// written plain or hidden (base64 of UTF-16LE, see tool-decoders.unattendPassword).
import { unescapeXml, type Entry } from './entries.js';

// <AdministratorPassword>, <Password> (AutoLogon, LocalAccount, Credentials), with an optional namespace prefix.
const PASSWORD_ELEMENT = /<((?:[\w-]+:)?(\w*Password))\b[^>]*>([\s\S]*?)<\/\1>/g;

/**
 * The password elements of an answer file, keyed by element name; a hidden one has the attribute
 * `hidden`, which its decoder reads. An element holding `<Value>` takes that value; one holding text
 * only (Credentials' <Password>) takes its text.
 */
export const readUnattend = (text: string): Entry[] => {
  const entries: Entry[] = [];
  for (const m of text.matchAll(PASSWORD_ELEMENT)) {
    const body = m[3] as string;
    const bodyAt = (m.index as number) + m[0].indexOf('>') + 1;
    const value = /<(?:[\w-]+:)?Value>([^<]*)<\/(?:[\w-]+:)?Value>/.exec(body);
    const plain = /<(?:[\w-]+:)?PlainText>\s*(true|false)\s*<\/(?:[\w-]+:)?PlainText>/i.exec(body);
    if (value) {
      const start = bodyAt + (value.index as number) + value[0].indexOf('>') + 1;
      const hidden = plain?.[1]?.toLowerCase() === 'false';
      entries.push({ key: m[2] as string, value: unescapeXml(value[1] as string), start, end: start + (value[1] as string).length, section: entries.length, attributes: { hidden: String(hidden), element: m[2] as string } });
    } else if (!body.includes('<') && body.trim() !== '') {
      const lead = body.length - body.trimStart().length;
      const raw = body.trim();
      entries.push({ key: m[2] as string, value: unescapeXml(raw), start: bodyAt + lead, end: bodyAt + lead + raw.length, section: entries.length });
    }
  }
  return entries;
};
