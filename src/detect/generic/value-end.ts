// Where a value a person chose ends inside what a generic rule matched. The rules' value runs to
// the end of the line where no quote closes it; these are the ends a format gives it instead:
// - a list of name=value pairs ends a value at its separator: an ADO.NET or ODBC connection
//   string's `;` (`Server=db;User Id=sa;Password=…;Encrypt=False`), mount(8)'s and cifs's `,`
//   (`username=ja,password=…,file_mode=0644`), a URL query's `&` (`authkey=…&amp;torrent_pass=…`);
// - HTML text ends at a tag (`Admin password: …</p><p>` in a CMS page stored in a seed file).

// A separator, then a pair's name (words, perhaps spaced: `User Id`, `Trust Server Certificate`) and `=`;
// or a query string's `&` (written `&amp;` in XML and HTML) before the next parameter.
const NEXT_PAIR = /[;,][ \t]*[A-Za-z_][\w .-]{0,40}=|&(?:amp;)?[A-Za-z_][\w.-]{0,40}=/;
// An opening or closing tag of a known HTML element (not `<` inside a password: `x<3y`).
const HTML_TAG = /<\/?(?:a|b|br|code|div|em|h[1-6]|i|li|ol|p|pre|span|strong|td|tr|u|ul)[\s>/]/i;

/** The value up to the first end its format gives it (the whole value when none). */
export const valueToItsEnd = (value: string): string => {
  let end = value.length;
  for (const ending of [NEXT_PAIR, HTML_TAG]) {
    const at = value.search(ending);
    if (at >= 0 && at < end) end = at;
  }
  return value.slice(0, end);
};
