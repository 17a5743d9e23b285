import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageLoader } from '../components/PageLoader';
import { AuthProvider } from './AuthProvider';

/** Everything behind sign-in (and the login page itself) shares one session. */
export default function AuthRoot() {
  return (
    <AuthProvider>
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </AuthProvider>
  );
}
