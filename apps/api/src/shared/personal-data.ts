import { Injectable } from '@nestjs/common';
import type { Caller } from '#credit';
import { looksLikeResidentId, maskResidentIdsDeep, residentIdsIn } from '#kernel';
import { PersonQueryLog } from '#read-model';
import { invalidQuery } from './problems/invalid-query.js';

/**
 * Who sees which 身份证号 in an answer. The rule:
 * - the numbers the caller asked about are shown as sent (it knows them already);
 * - every other person's number (a legal representative in /lists, a person named in a fact in
 *   /history) is shown in full only to the credit office and masked (first 6, last 4) for everyone else.
 * Why the credit office only: it is the one body whose competence covers all persons' credit records
 * (it runs the platform and the audit); a recording department's competence is over the facts it
 * records, not over the persons other departments linked to an organisation. A department that needs
 * a person's record asks about that person by number, which is logged with its purpose.
 *
 * Every answer that holds a person's full number needs a purpose, and is recorded before it is sent:
 * one row per person in the person-query log.
 */
@Injectable()
export class PersonalData {
  constructor(private readonly log: PersonQueryLog) {}

  async disclose<T>(caller: Caller, asked: readonly string[], answer: T, endpoint: string, purpose: string | undefined): Promise<T> {
    const askedPersons = new Set(asked.filter((code) => looksLikeResidentId(code)));
    const shown = seesEveryNumber(caller) ? answer : maskResidentIdsDeep(answer, askedPersons);
    const persons = [...new Set([...askedPersons, ...residentIdsIn(shown)])];
    if (persons.length === 0) return shown;
    if (!purpose) throw purposeRequired();
    await this.log.record(caller, persons, endpoint, purpose);
    return shown;
  }

  /** Refuses at once a question about a person without a purpose: before anything is recorded in its answer's name. */
  requirePurposeFor(asked: readonly string[], purpose: string | undefined): void {
    if (!purpose && asked.some((code) => looksLikeResidentId(code))) throw purposeRequired();
  }
}

function seesEveryNumber(caller: Caller): boolean {
  return caller.department.roles.includes('credit-office');
}

function purposeRequired() {
  return invalidQuery([
    {
      path: 'purpose',
      reason: 'is required when the answer holds a natural person’s 身份证号: give ?purpose= or the X-Query-Purpose header',
    },
  ]);
}
