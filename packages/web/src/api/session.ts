import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../i18n/catalogue.ts';
import { takeChoiceBeforeLogin } from '../i18n/languageChoice.ts';
import { api, setCsrfToken } from './client.ts';
import { isApiError } from './problem.ts';
import type { Me, SessionResponse } from './types.ts';

export type AnonymousReason = 'none' | 'logged_out' | 'expired';

export type SessionState =
  | { status: 'authenticated'; user: Me }
  | { status: 'anonymous'; reason: AnonymousReason };

export const sessionQueryKey = ['session'] as const;

async function fetchSession(): Promise<SessionState> {
  try {
    const session = await api.get<SessionResponse>('/api/session');
    setCsrfToken(session.csrfToken);
    return { status: 'authenticated', user: session.user };
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return { status: 'anonymous', reason: 'none' };
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** Marks the session as gone (expired or logged out); the route guard then sends the user to the login page. */
export function endSession(queryClient: QueryClient, reason: AnonymousReason): void {
  setCsrfToken(null);
  const state: SessionState = { status: 'anonymous', reason };
  queryClient.setQueryData<SessionState>(sessionQueryKey, state);
}

/** Forgets every cached answer except the session, so nothing from one user is shown to the next. */
export function clearUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}

export interface Credentials {
  username: string;
  password: string;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => api.post<SessionResponse>('/api/auth/login', credentials),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      clearUserData(queryClient);
      // A language picked on the login page is a fresh, explicit choice: keep it and save it for next time.
      const chosen = takeChoiceBeforeLogin();
      const user =
        chosen !== null && chosen !== session.user.locale
          ? { ...session.user, locale: chosen }
          : session.user;
      const state: SessionState = { status: 'authenticated', user };
      queryClient.setQueryData<SessionState>(sessionQueryKey, state);
      if (user.locale !== session.user.locale) {
        api.put<undefined>('/api/me/locale', { locale: user.locale }).catch(() => {
          // Not saving the language is harmless: it is still used on this device.
        });
      }
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<undefined>('/api/auth/logout'),
    onSettled: () => endSession(queryClient, 'logged_out'),
  });
}

/** Saves the user's language on the server and keeps the cached session in step with it. */
export async function saveLocale(queryClient: QueryClient, locale: Language): Promise<void> {
  queryClient.setQueryData<SessionState>(sessionQueryKey, (state) =>
    state?.status === 'authenticated' ? { ...state, user: { ...state.user, locale } } : state,
  );
  await api.put<undefined>('/api/me/locale', { locale });
}
