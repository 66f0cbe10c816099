import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { AdminUser, ItemsResponse, NewOrganisation, NewUser, Organisation } from './types.ts';

const organisationsKey = ['admin', 'organisations'] as const;
const usersKey = ['admin', 'users'] as const;

export function useOrganisations() {
  return useQuery({
    queryKey: organisationsKey,
    queryFn: async () => (await api.get<ItemsResponse<Organisation>>('/api/admin/organisations')).items,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisation: NewOrganisation) =>
      api.post<Organisation>('/api/admin/organisations', organisation),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationsKey }),
  });
}

export function useUsers() {
  return useQuery({
    queryKey: usersKey,
    queryFn: async () => (await api.get<ItemsResponse<AdminUser>>('/api/admin/users')).items,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => api.post<AdminUser>('/api/admin/users', user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
