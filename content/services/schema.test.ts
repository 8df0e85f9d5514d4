import { describe, expect, it } from 'vitest';
import { directoryCopySchema, serviceSchema, servicesSchema, servicesUiSchema } from './schema';
import { services } from './data';
import { directoryCopy, servicesUi } from './ui';

type RawService = Record<string, unknown>;

function entry(overrides: RawService = {}): RawService {
  return {
    id: 'example',
    name: 'Example',
    aliases: ['Example Mail'],
    domains: ['example.com'],
    category: 'other',
    recoveryUrl: 'https://help.example.com/2fa',
    needs: ['backup-codes'],
    noFallback: false,
    summary: 'Use a backup code.',
    warnings: [],
    confirmation: 'confirmed',
    verified: '2026-11-29',
    ...overrides,
  };
}

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.error?.issues.map((issue) => issue.message).join('\n') ?? '';
}

describe('the services content', () => {
  it('lists at least 60 services', () => {
    expect(services.length).toBeGreaterThanOrEqual(60);
  });

  it('refuses directory words that leave a need, category or confirmation level unlabelled', () => {
    for (const key of ['needs', 'categories', 'confirmation'] as const) {
      // Arrange
      const raw = structuredClone(directoryCopy) as unknown as Record<
        string,
        Record<string, string>
      >;
      delete raw[key]![Object.keys(raw[key]!)[0]!];

      // Act
      const result = directoryCopySchema.safeParse(raw);

      // Assert
      expect(result.success, key).toBe(false);
    }
  });
});

describe('serviceSchema', () => {
  it('accepts a complete entry', () => {
    expect(serviceSchema.safeParse(entry()).success).toBe(true);
  });

  it.each(['id', 'name', 'aliases', 'domains', 'category', 'recoveryUrl', 'needs', 'verified'])(
    'rejects an entry without %s',
    (field) => {
      // Arrange
      const raw = entry();
      delete raw[field];

      // Act
      const result = serviceSchema.safeParse(raw);

      // Assert
      expect(result.success).toBe(false);
    },
  );

  it('accepts safety tags and refuses an action the safety rules do not name', () => {
    const tagged = entry({ does: ['approve-keychain'], warns: ['reset-encrypted-data'] });
    expect(serviceSchema.safeParse(tagged).success).toBe(true);
    expect(serviceSchema.safeParse(entry({ warns: ['reset-everything'] })).success).toBe(false);
  });

  it('rejects an http link', () => {
    const result = serviceSchema.safeParse(entry({ recoveryUrl: 'http://help.example.com/2fa' }));

    expect(result.success).toBe(false);
  });

  it('rejects a link with a note after it', () => {
    const result = serviceSchema.safeParse(
      entry({ recoveryUrl: 'https://help.example.com/ (search for 2FA)' }),
    );

    expect(result.success).toBe(false);
  });

  it('rejects fields it does not know', () => {
    expect(serviceSchema.safeParse(entry({ notes: 'x' })).success).toBe(false);
  });

  it('rejects ids, domains and needs outside the formats', () => {
    expect(serviceSchema.safeParse(entry({ id: 'Example_Mail' })).success).toBe(false);
    expect(serviceSchema.safeParse(entry({ domains: ['https://example.com'] })).success).toBe(
      false,
    );
    expect(serviceSchema.safeParse(entry({ needs: ['backup_codes'] })).success).toBe(false);
  });

  it('rejects a partial or unconfirmed entry without a caveat', () => {
    const result = serviceSchema.safeParse(entry({ confirmation: 'unconfirmed' }));

    expect(messages(result)).toContain('must say what is unconfirmed');
  });

  it('rejects a no-fallback entry that warns about nothing', () => {
    const result = serviceSchema.safeParse(entry({ noFallback: true, warnings: [] }));

    expect(result.success).toBe(false);
  });
});

describe('servicesSchema', () => {
  it('rejects a duplicate id', () => {
    // Arrange
    const list = [entry(), entry({ name: 'Other', aliases: [], domains: ['other.com'] })];

    // Act
    const result = servicesSchema.safeParse(list);

    // Assert
    expect(messages(result)).toContain('duplicate id "example"');
  });

  it('rejects a domain listed by two services', () => {
    const list = [
      entry(),
      entry({ id: 'other', name: 'Other', aliases: [], domains: ['other.com', 'example.com'] }),
    ];

    const result = servicesSchema.safeParse(list);

    expect(messages(result)).toContain('domain "example.com" is already listed by "example"');
  });

  it('rejects a name or alias used by two services, whatever the case or punctuation', () => {
    const list = [entry(), entry({ id: 'other', name: 'Other', aliases: ['example-mail'] })];
    list[1]!.domains = ['other.com'];
    list[1]!.recoveryUrl = 'https://other.com/help';

    const result = servicesSchema.safeParse(list);

    expect(messages(result)).toContain('"examplemail" is already used by "example"');
  });

  it('rejects a recovery link off the service’s own domains', () => {
    const list = [entry({ recoveryUrl: 'https://example.com.evil.test/2fa' })];

    const result = servicesSchema.safeParse(list);

    expect(messages(result)).toContain('is not one of example');
  });

  it('rejects a look-alike domain that only ends with the same letters', () => {
    const list = [entry({ recoveryUrl: 'https://notexample.com/2fa' })];

    expect(servicesSchema.safeParse(list).success).toBe(false);
  });

  it('accepts a link on a subdomain', () => {
    const list = [entry({ recoveryUrl: 'https://support.help.example.com/2fa' })];

    expect(servicesSchema.safeParse(list).success).toBe(true);
  });

  it('accepts a link on the domain of the account you sign in with', () => {
    const list = [
      entry(),
      entry({
        id: 'console',
        name: 'Console',
        aliases: [],
        domains: ['console.test'],
        recoveryUrl: 'https://help.example.com/2fa',
        signsInWith: 'example',
      }),
    ];

    expect(servicesSchema.safeParse(list).success).toBe(true);
  });

  it('rejects a sign-in account that does not exist', () => {
    const list = [entry({ signsInWith: 'nowhere' })];

    expect(messages(servicesSchema.safeParse(list))).toContain('unknown service "nowhere"');
  });
});

describe('servicesUiSchema', () => {
  it('rejects a missing sentence', () => {
    // Arrange
    const raw = structuredClone(servicesUi) as { plan: Record<string, unknown> };
    delete raw.plan.copyLink;

    // Act
    const result = servicesUiSchema.safeParse(raw);

    // Assert
    expect(result.success).toBe(false);
  });

  it('links to the 2FA Directory over https only, and credits it', () => {
    const raw = structuredClone(servicesUi);
    raw.notListed.directoryUrl = 'http://2fa.directory/';

    expect(servicesUiSchema.safeParse(raw).success).toBe(false);
    expect(servicesUi.notListed.credit).toBe('Data sourced from 2FA Directory by 2factorauth');
  });
});
