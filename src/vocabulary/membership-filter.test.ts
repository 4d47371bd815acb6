import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MembershipFilter } from './membership-filter.ts';

describe('MembershipFilter', () => {
  const members = Array.from({ length: 50_000 }, (_, i) => `member ${i}`);
  const filter = new MembershipFilter(members);

  it('never says a member is absent', () => {
    assert.equal(members.every((member) => filter.mayContain(member)), true);
  });

  it('says most strings outside the set are absent', () => {
    const outsiders = Array.from({ length: 50_000 }, (_, i) => `outsider ${i}`);
    const maybe = outsiders.filter((text) => filter.mayContain(text)).length;
    assert.ok(maybe / outsiders.length < 0.05, `${maybe} of ${outsiders.length} outsiders read as "maybe"`);
  });
});
