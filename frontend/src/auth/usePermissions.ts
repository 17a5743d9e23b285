import { useMemo } from 'react';
import { useAuth } from './AuthContext';
import { permissionsFor, type Permissions } from './permissions';

/** What the signed-in user may see and do (mirrors DESIGN.md's role table). */
export function usePermissions(): Permissions {
  const { user } = useAuth();
  return useMemo(() => permissionsFor(user), [user]);
}
