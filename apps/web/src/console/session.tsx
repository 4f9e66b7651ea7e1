import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { api, type RequestOptions } from '../shared/api';

/** Who is signed in: `GET /v1/me`. */
export interface Caller {
  readonly departmentId: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly creditOffice: boolean;
}

interface Session {
  readonly caller?: Caller;
  /** A call to the api with the signed-in department's key. */
  readonly call: <T>(path: string, options?: Omit<RequestOptions, 'apiKey'>) => Promise<T>;
  readonly apiKey?: string;
  readonly signIn: (apiKey: string) => Promise<Caller>;
  readonly signOut: () => void;
}

const KEY_STORE = 'jiangcheng.apiKey';
const CALLER_STORE = 'jiangcheng.caller';
const SessionContext = createContext<Session | undefined>(undefined);

function stored<T>(name: string): T | undefined {
  const text = sessionStorage.getItem(name);
  return text ? (JSON.parse(text) as T) : undefined;
}

/** The key lives in sessionStorage only: it is gone when the tab closes, and never in a cookie or the URL. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [apiKey, setApiKey] = useState<string | undefined>(() => sessionStorage.getItem(KEY_STORE) ?? undefined);
  const [caller, setCaller] = useState<Caller | undefined>(() => stored<Caller>(CALLER_STORE));

  const signIn = useCallback(async (key: string) => {
    const me = await api<Caller>('/v1/me', { apiKey: key });
    sessionStorage.setItem(KEY_STORE, key);
    sessionStorage.setItem(CALLER_STORE, JSON.stringify(me));
    setApiKey(key);
    setCaller(me);
    return me;
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(KEY_STORE);
    sessionStorage.removeItem(CALLER_STORE);
    setApiKey(undefined);
    setCaller(undefined);
  }, []);
  const call = useCallback(
    <T,>(path: string, options: Omit<RequestOptions, 'apiKey'> = {}) => api<T>(path, { ...options, apiKey }),
    [apiKey],
  );
  const value = useMemo(() => ({ caller, apiKey, call, signIn, signOut }), [caller, apiKey, call, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
