// One token read by two providers' rules is one finding (the first rule's): an Azure Service Bus key
// is an identifiable key by its signature and a SharedAccessKey= value by its name.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createDetector } from '../../src/detect/detector.js';
import { randomFrom } from '../helpers/fake-secrets.js';
import { tempDir } from '../helpers/temp-dir.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const config = loadConfig(tempDir(), undefined);
const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });

describe('two provider rules on one token', () => {
  it('report it once', () => {
    const key = `${randomFrom(BASE64, 33)}+ASb${randomFrom('ABCDEFGHIJKLMNOP', 1)}${randomFrom(BASE64, 5)}=`;
    const text = `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${key}\n`;
    const findings = detector.detect({ path: 'app.env', text, startLine: 1 }).findings;
    expect(findings.map((f) => f.secret)).toEqual([key]);
    // Alone (no SharedAccessKey= name), the signature rule still finds it.
    const bare = detector.detect({ path: 'app.env', text: `BUS_KEY=${key}\n`, startLine: 1 }).findings;
    expect(bare.map((f) => f.ruleId)).toEqual(['azure-identifiable-key']);
  });
});
