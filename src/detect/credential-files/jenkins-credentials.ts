// Jenkins credentials wherever their XML is: credentials.xml, a folder's or job's config.xml
// (folder-scoped credentials, FolderCredentialsProvider), an export or a snapshot with any name.
// XStream writes each credential as an element named by its class, so the class names the format:
// the credentials plugin (com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl,
// …CertificateCredentialsImpl), plain-credentials (org.jenkinsci.plugins.plaincredentials.impl.
// StringCredentialsImpl, …FileCredentialsImpl), ssh-credentials (com.cloudbees.jenkins.plugins.
// sshcredentials.impl.BasicSSHUserPrivateKey) and aws-credentials (…awscredentials.AWSCredentialsImpl).
import { readXml, type Entry } from './entries.js';

// An opening tag named by a class (an upper-case simple name) of those plugins' packages; the
// credentials plugin's own store (…credentials.SystemCredentialsProvider) holds only credentials.
// XStream writes it at the start of its line (or after another tag); code naming the class
// (`List<com.cloudbees.…Impl>`, an import) is not such a file.
const CREDENTIAL_ELEMENT =
  /(?<=(?:^|>)[ \t]*)<((?:com\.cloudbees\.plugins\.credentials|org\.jenkinsci\.plugins\.plaincredentials|com\.cloudbees\.jenkins\.plugins\.(?:ssh|aws)credentials)(?:\.impl)?\.[A-Z][\w$-]*)(?=[\s/>])/gm;

/** The spans [start, end) of the credential elements (to the text's end when one is not closed: a cut fragment). */
export const credentialElements = (text: string): Array<readonly [number, number]> => {
  const spans: Array<readonly [number, number]> = [];
  CREDENTIAL_ELEMENT.lastIndex = 0;
  for (let m = CREDENTIAL_ELEMENT.exec(text); m !== null; m = CREDENTIAL_ELEMENT.exec(text)) {
    const tagEnd = text.indexOf('>', m.index);
    if (tagEnd === -1 || text[tagEnd - 1] === '/') continue;
    const close = text.indexOf(`</${m[1] as string}>`, tagEnd);
    const end = close === -1 ? text.length : close;
    spans.push([tagEnd + 1, end]);
    // An element inside this one (a credential in the store) is already covered.
    CREDENTIAL_ELEMENT.lastIndex = end;
  }
  return spans;
};

/** The XML entries inside Jenkins credential elements; none in a file without one (a Maven settings.xml). */
export const readJenkinsCredentials = (text: string): Entry[] => {
  const spans = credentialElements(text);
  if (spans.length === 0) return [];
  return readXml(text).filter((entry) => spans.some(([start, end]) => entry.start >= start && entry.end <= end));
};
