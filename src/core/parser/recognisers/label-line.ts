import type { BlockType, LabelOccurrence } from '../../model';
import type { Region } from '../regions';
import type { ScannedLine } from '../scan';
import { labelledField, offer, PERSON_NAME } from './support';
import type { Offer, Recogniser } from './types';

const SPACES = /[\s\u00a0\u3000]+/;
const PHONE_LIKE = /[0-9\uff10-\uff19]{3,}/;
/** A signer's value reads as a name, maybe with the title (`詹镭`, `局长 王五`): no sentence in it. */
const SIGNER_VALUE = /^[^。,\uff0c;\uff1b:\uff1a!\uff01?\uff1f]{1,16}$/;

/** The values a line's labels offer: one per label with a value, read the way its field is printed. */
export function labelOffers(line: ScannedLine, labels: LabelOccurrence[] = line.labels): Offer[] {
  const offers: Offer[] = [];
  for (const label of labels) {
    if (!label.field || !label.value) continue;
    const at = label.valueRange.start.character;
    const value = label.value;
    switch (label.field) {
      case 'resultStatus': {
        const inner = /^[(\uff08](.*)[)\uff09]$/.exec(value);
        offers.push(offer('resultStatus', inner ? labelledField(line, label, inner[1], at + 1) : labelledField(line, label, value, at)));
        break;
      }
      case 'signer':
        if (SIGNER_VALUE.test(value)) offers.push(offer('signer', labelledField(line, label, value, at)));
        break;
      case 'organ':
      case 'contact.name':
      case 'contact.phone':
      case 'contact.address':
      case 'contact.postcode':
        offers.push(offer(label.field, labelledField(line, label, value, at)));
        break;
      case 'publicity': {
        // Printed as a whole (`是否同意公开:是`): the answer alone would not say what it answers.
        const whole = line.content.replace(/^[(\uff08]|[)\uff09]$/g, '');
        const from = line.start + line.content.indexOf(whole);
        offers.push(offer('publicity', labelledField(line, label, whole, from)));
        break;
      }
      case 'contact.nameAndPhone':
      case 'contact.unitNameAndPhone':
        offers.push(...nameAndPhoneOffers(line, label));
        break;
      default:
        break;
    }
  }
  return offers;
}

/** `王建涛 52388272`, `王建涛,52388272`, `县林业和草原局 黑绍刚 3123363`: the name before the number. */
function nameAndPhoneOffers(line: ScannedLine, label: LabelOccurrence): Offer[] {
  const at = label.valueRange.start.character;
  const value = label.value;
  const parts = /^(?:(.*?)[\s\u00a0\u3000,\uff0c、]+)?([\u4e00-\u9fff·]{2,6})[\s\u00a0\u3000,\uff0c:\uff1a、;\uff1b]*(.*)$/.exec(value);
  if (!parts || (label.field === 'contact.nameAndPhone' && parts[1]) || !PERSON_NAME.test(parts[2])) {
    // No name in front: the whole value is the number, if it reads as one.
    return PHONE_LIKE.test(value) && !/[\u4e00-\u9fff]/.test(value) ? [offer('contact.phone', labelledField(line, label, value, at))] : [];
  }
  const nameAt = at + (parts[1] === undefined ? 0 : value.indexOf(parts[2], parts[1].length));
  const offers = [offer('contact.name', labelledField(line, label, parts[2], nameAt))];
  const phone = parts[3];
  if (phone && PHONE_LIKE.test(phone) && !SPACES.test(phone.trim())) {
    offers.push(offer('contact.phone', labelledField(line, label, phone, at + value.length - phone.length)));
  }
  return offers;
}

/** Labels that name a leader: their line belongs with the signature, though it does not name the signer. */
const LEADER = /^(?:分管领导|主管领导)$/;

export function labelLineType(line: ScannedLine, region: Region): BlockType {
  const fields = line.labels.map((x) => x.field);
  if (region !== 'header' && line.labels.some((x) => LEADER.test(x.name))) return 'signer';
  if (fields.includes('copyTo')) return 'copyTo';
  if (fields.includes('organ')) return 'organ';
  if (fields.every((f) => !f || f.startsWith('contact'))) return region === 'header' && fields.every((f) => !f) ? 'header' : 'contact';
  if (fields.includes('signer') && region !== 'header') return 'signer';
  if (fields.includes('publicity') && region !== 'header') return 'publicity';
  return 'header';
}

/** A line of labelled fields (`办理结果:解决或采纳   签发人:詹镭`, `联系人:王建涛`). */
export const labelLine: Recogniser = {
  id: 'label-line',
  pretest: (line) => line.labelLine,
  claim: (line, { region }) => ({ type: labelLineType(line, region), offers: labelOffers(line) }),
};
