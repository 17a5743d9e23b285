import type { ReactNode } from 'react';
import { Tabs } from '@mantine/core';

export interface RoutedTabsProps {
  value: string;
  tabs: { value: string; label: string }[];
  onChange: (value: string) => void;
  /** The routed content, placed in the active tab's panel. */
  children: ReactNode;
}

/**
 * Tabs whose panels are routes: each tab has a (possibly empty) panel, so
 * every `aria-controls` names an element that exists, and the active panel
 * holds the page.
 */
export function RoutedTabs({ value, tabs, onChange, children }: RoutedTabsProps) {
  return (
    <Tabs value={value} onChange={(v) => v && onChange(v)}>
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value} pt="md">
          {tab.value === value ? children : null}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
