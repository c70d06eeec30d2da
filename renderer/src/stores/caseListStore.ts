import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { defaultSort, noFilters, type CaseListFilters, type CaseListSort } from './caseListFilters';

/** The case list's filters and sort: UI state of this computer, kept across restarts. */
interface CaseListState {
  filters: CaseListFilters;
  sort: CaseListSort;
  setFilter: <K extends keyof CaseListFilters>(name: K, value: CaseListFilters[K]) => void;
  clearFilters: () => void;
  setSort: (sort: CaseListSort) => void;
}

export const useCaseListStore = create<CaseListState>()(
  persist(
    (set) => ({
      filters: noFilters,
      sort: defaultSort,
      setFilter: (name, value) => set((state) => ({ filters: { ...state.filters, [name]: value } })),
      clearFilters: () => set({ filters: noFilters }),
      setSort: (sort) => set({ sort }),
    }),
    {
      name: 'ercms.case-list',
      storage: createJSONStorage(() => localStorage),
      version: 1,
      partialize: (state) => ({ filters: state.filters, sort: state.sort }),
    },
  ),
);
