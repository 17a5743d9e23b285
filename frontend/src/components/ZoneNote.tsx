import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { browserTimeZone, utcOffsetLabel, zoneDiffersFromBrowser, zonePlace } from '../lib/formatDate';

/** The zone's name as people say it: "Giờ Việt Nam" / "Giờ Paris", "Vietnam time" / "Paris time". */
export function useZoneName() {
  const { t } = useTranslation();
  return (timeZone: string) => {
    const place = zonePlace(timeZone);
    return place === null ? t('localTime.vietnam') : t('localTime.place', { place });
  };
}

/**
 * "Giờ Việt Nam (UTC+7)" beside a plan's dates when the browser reads the clock
 * differently: the dates shown are the plan's local ones, not the viewer's.
 */
export function ZoneNote({ timeZone }: { timeZone?: string | null }) {
  const { t } = useTranslation();
  const zoneName = useZoneName();
  if (!timeZone || !zoneDiffersFromBrowser(timeZone)) return null;
  const zone = zoneName(timeZone);
  const browser = browserTimeZone();
  return (
    <Text
      size="xs"
      c="dimmed"
      component="span"
      data-testid="zone-note"
      title={t('localTime.hint', { zone, browser: `${browser}, ${utcOffsetLabel(browser)}` })}
    >
      {t('localTime.note', { zone, offset: utcOffsetLabel(timeZone) })}
    </Text>
  );
}
