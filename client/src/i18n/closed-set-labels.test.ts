// Every value of every closed set the API declares (the arrays openapi-typescript --enum-values
// generates into src/api/schema.ts) has its label in fi, sv and en. The labels live in the
// translation files keyed by the value; LABEL_KEYS says where, per closed set. A new closed set in
// the API fails here until it is given a place, a new value until it is translated.
import { describe, expect, it } from 'vitest';
import * as schema from '@/api/schema';
import fi from './fi.json';
import sv from './sv.json';
import en from './en.json';

/** Per generated list: the translation keys of one value (`{}` is the value). */
const LABEL_KEYS: Record<string, string[]> = {
  accessLevelValues: ['accessLevels.{}'],
  assetKindValues: ['c360.kinds.{}'],
  channelValues: ['consents.channels.{}'],
  consentActionValues: ['consents.actions.{}', 'consents.state.{}'],
  consentSourceValues: ['consents.sources.{}'],
  contactChannelValues: ['c360.channels.{}'],
  customerRoleValues: ['customer.role.{}'],
  customerTypeValues: ['customer.types.{}'],
  dataSourceValues: ['sources.{}'],
  disclosureKindValues: ['disclosures.kinds.{}', 'recipients.disclosureKinds.{}'],
  exclusionReasonValues: ['marketing.reasons.{}.name', 'marketing.reasons.{}.help'],
  importStatusValues: ['registers.status.{}'],
  invoiceStatusValues: ['c360.invoiceStatus.{}'],
  languageValues: ['languages.{}'],
  legalBasisValues: ['disclosures.legalBases.{}', 'consents.legalBasis.{}'],
  marketingPurposeValues: ['marketing.marketingPurposes.{}'],
  matchReasonValues: ['registerMatchReasons.{}'],
  nonDisclosureClaimOriginValues: ['nonDisclosure.origins.{}'],
  nonDisclosureClaimOutcomeValues: ['nonDisclosure.outcomes.{}'],
  noticeTypeValues: ['recipients.noticeTypes.{}'],
  problemStatusValues: ['c360.problemStatus.{}'],
  prohibitionKindValues: ['prohibitions.kinds.{}'],
  reasonCategoryValues: ['c360.reasons.{}'],
  recipientChangeKindValues: ['recipients.historyChanges.{}'],
  recipientTypeValues: ['recipients.types.{}', 'marketing.recipientTypes.{}'],
  safeguardKindValues: ['recipients.safeguardKinds.{}', 'recipients.safeguardShort.{}'],
  searchHitKindValues: ['search.kind.{}'],
  identityVerificationMethodValues: ['requests.verificationMethods.{}'],
  rejectionGroundValues: ['requests.rejectionGrounds.{}'],
  requestChannelValues: ['requests.channels.{}'],
  requestOutcomeValues: ['requests.outcomes.{}'],
  requestStatusValues: ['requests.statuses.{}'],
  requestStepValues: ['requests.steps.{}'],
  requestTypeValues: ['requests.types.{}'],
  manualNoticeMethodValues: ['requests.manualNoticeMethods.{}'],
  objectionDecisionValues: ['requests.objectionDecisions.{}'],
  objectionKindValues: ['requests.objectionKinds.{}'],
  restrictionGroundValues: ['requests.restrictionGrounds.{}'],
  restrictionReasonValues: ['requests.restrictionReasons.{}'],
  webhookDeliveryValues: ['requests.webhookDeliveries.{}'],
  usePurposeValues: ['requests.usePurposes.{}'],
  erasureAreaValues: ['requests.erasureAreas.{}'],
  erasureActionValues: ['requests.erasureActions.{}'],
  retentionGroundValues: ['requests.retentionGrounds.{}'],
  personWarningValues: ['person.warnings.{}'],
  sectionChangeValues: ['notice.changes.{}'],
  periodUnitValues: ['retention.units.{}'],
  retentionStartValues: ['retention.starts.{}'],
  retentionActionValues: ['retention.actions.{}'],
  retentionTargetValues: ['retention.targets.{}'],
  retentionTriggerValues: ['retention.triggers.{}'],
  retentionRunStatusValues: ['retention.statuses.{}'],
  populationChangeGroupValues: ['populationRegister.groups.{}'],
  populationFileFormatValues: ['populationRegister.formats.{}'],
};

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);

const generated = Object.entries(schema as Record<string, unknown>).filter(
  (entry): entry is [string, readonly string[]] => entry[0].endsWith('Values') && Array.isArray(entry[1]),
);

describe('Closed-set labels', () => {
  it('the generated client has the closed sets as value arrays', () => {
    expect(generated.length).toBeGreaterThanOrEqual(27);
    expect(schema.channelValues).toEqual(['email', 'sms', 'phone', 'post', 'all']);
  });

  it('every closed set of the API has a place for its labels', () => {
    expect(generated.map(([name]) => name).filter((name) => !LABEL_KEYS[name])).toEqual([]);
    expect(Object.keys(LABEL_KEYS).filter((name) => !generated.some(([g]) => g === name))).toEqual([]);
  });

  it('every value of every closed set has a label in fi, sv and en', () => {
    const missing: string[] = [];
    for (const [name, values] of generated) {
      for (const value of values) {
        for (const template of LABEL_KEYS[name] ?? []) {
          const key = template.replace('{}', value);
          for (const [lang, tree] of Object.entries({ fi, sv, en })) {
            const label = lookup(tree as Tree, key);
            if (typeof label !== 'string' || label.trim() === '') missing.push(`${lang}: ${key} (${name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
