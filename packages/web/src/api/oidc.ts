import type { OidcProvider } from '@ips-bridge/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from './client.ts';
import type { ItemsResponse, LinkIdentity, UserIdentityItem } from './types.ts';

/** Login with OpenID Connect: the providers the login page offers, and the administrator's linking of logins. */

export function useOidcProviders() {
  return useQuery({
    queryKey: ['oidc', 'providers'],
    queryFn: async () =>
      (await api.get<ItemsResponse<{ id: OidcProvider }>>('/api/auth/oidc/providers')).items.map((p) => p.id),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Where the browser goes to log in with a provider (a full page load: the server runs the flow). */
export function oidcStartUrl(provider: OidcProvider, returnTo?: string): string {
  const base = `/api/auth/oidc/${provider}/start`;
  return returnTo && /^\/[\w\-.?=&][\w\-./?=&]*$/.test(returnTo)
    ? `${base}?returnTo=${encodeURIComponent(returnTo)}`
    : base;
}

const identitiesKey = (userId: string) => ['admin', 'users', userId, 'identities'] as const;

export function useUserIdentities(userId: string | null) {
  return useQuery({
    queryKey: identitiesKey(userId ?? 'none'),
    queryFn: async () =>
      (await api.get<ItemsResponse<UserIdentityItem>>(`/api/admin/users/${userId}/identities`)).items,
    enabled: userId !== null,
  });
}

export function useLinkIdentity(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LinkIdentity) =>
      api.post<UserIdentityItem>(`/api/admin/users/${userId}/identities`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identitiesKey(userId) }),
  });
}

export function useUnlinkIdentity(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (identityId: string) =>
      apiRequest<undefined>('DELETE', `/api/admin/users/${userId}/identities/${identityId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identitiesKey(userId) }),
  });
}
