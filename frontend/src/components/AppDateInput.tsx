import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseTypedDate } from '../lib/parseDate';

/**
 * A calendar-date box shown and typed as dd/MM/yyyy (the picker follows the
 * UI language); its value is `YYYY-MM-DD` or null.
 */
export function AppDateInput(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return <DateInput valueFormat="DD/MM/YYYY" dateParser={parseTypedDate} {...props} />;
}
