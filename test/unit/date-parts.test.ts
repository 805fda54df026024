import { expect } from '@open-wc/testing';
import { dateProblem, splitDate } from '../../src/schema/date-parts.js';
import { joinDateParts, problemPart } from '../../src/schema/date-typing.js';

describe('a date typed in three parts', () => {
  it('is stored as YYYY-MM-DD once complete, with the leading zeros added when a part is left', () => {
    expect(joinDateParts({ day: '3', month: '5', year: '2024' }, true)).to.equal('2024-05-03');
    expect(joinDateParts({ day: '3', month: '5', year: '2024' })).to.equal('2024-5-3');
    expect(joinDateParts({ day: ' 3', month: '-5', year: '2024 ' }, true)).to.equal('2024-05-03');
    expect(joinDateParts({ day: '', month: '', year: '' })).to.equal(undefined);
    expect(splitDate('2024--03')).to.deep.equal({ day: '03', month: '', year: '2024' });
  });

  it('names the part that is wrong', () => {
    expect(dateProblem('2024-05-03')).to.equal(undefined);
    expect(dateProblem('2024-05-')).to.equal('date_missing_day');
    expect(dateProblem('2024--03')).to.equal('date_missing_month');
    expect(dateProblem('-05-03')).to.equal('date_missing_year');
    expect(dateProblem('2024-05-0')).to.equal('date_invalid_day');
    expect(dateProblem('2024-00-03')).to.equal('date_invalid_month');
    expect(dateProblem('2024-5x-03')).to.equal('date_invalid_month');
    expect(dateProblem('202-05-03')).to.equal('date_invalid_year');
    expect(dateProblem('2023-02-29')).to.equal('date_day_not_in_month');
    expect(dateProblem('2024-02-29')).to.equal(undefined);
    expect(problemPart('date_day_not_in_month')).to.equal('day');
    expect(dateProblem('yesterday')).to.equal('date_invalid');
    expect(problemPart('date_missing_month')).to.equal('month');
    expect(problemPart('date_invalid')).to.equal(undefined);
  });

});
