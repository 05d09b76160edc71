import type { MarketingSelectionDto, RecipientDto } from '@/api/types';

export type HandoverWarning = 'partnerOwnMarketing' | 'noSafeguard';

/**
 * What the API is expected to refuse, shown before the user confirms. Only a hint: the API
 * decides, and its refusal (409) is shown as it answers.
 */
export function handoverWarnings(
  recipient: Pick<RecipientDto, 'type' | 'transferAllowed'>,
  selection: Pick<MarketingSelectionDto, 'marketingPurpose'>,
): HandoverWarning[] {
  const out: HandoverWarning[] = [];
  if (recipient.type === 'partner' && selection.marketingPurpose !== 'partner') out.push('partnerOwnMarketing');
  if (!recipient.transferAllowed) out.push('noSafeguard');
  return out;
}
