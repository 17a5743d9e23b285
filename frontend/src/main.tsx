import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import '@mantine/core/styles.css';
import './styles.css';
import { i18nReady } from './i18n';
import { createQueryClient } from './queryClient';
import { AppRoutes } from './router';
import { theme } from './theme';

const queryClient = createQueryClient();

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          {/* Declarative mode: the data router would add ~20 KB to every page's first load. */}
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}

// Not a top-level await: that would make Rollup split the entry into many chunks.
void i18nReady.then(render);
