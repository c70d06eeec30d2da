import { Alert, Stack, Title } from '@mantine/core';
import type { Actor } from '../../../../shared/model/actor';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../db/workspace';
import './caseList.css';
import { CaseCountLine } from './CaseCountLine';
import { CaseListFilterBar } from './CaseListFilterBar';
import { CaseTable } from './CaseTable';
import { useCaseListPage } from './useCaseListPage';
import { useCaseworkSession } from '../../store/useCaseworkSession';

/** The home screen: every case of the workspace, filtered, searched and sorted by the store. */
export function CasesPage() {
  const { actor, workspace } = useCaseworkSession();
  if (!actor) return null;
  return <CaseList key={`${workspace}:${actor.userId}`} actor={actor} workspace={workspace} />;
}

function CaseList({ actor, workspace }: { actor: Actor; workspace: Workspace }) {
  const { t } = useTranslation();
  const page = useCaseListPage(actor, workspace);
  return (
    <Stack className="case-list-page" gap="sm">
      <Title order={2}>{t('pages.cases.title')}</Title>
      <CaseListFilterBar search={page.search} onSearch={page.setSearch} counts={page.counts} assignees={page.assignees} formats={page.formats} />
      <CaseCountLine count={page.count} searching={page.searching} truncated={page.list.truncated} total={page.counts?.total} sortFixed={page.sortFixed} formats={page.formats} />
      {page.list.failed && (
        <Alert color="red" role="alert">
          {t('cases.loadFailed')}
        </Alert>
      )}
      <CaseTable
        rows={page.list.rows}
        loading={page.list.loading}
        complete={page.list.complete}
        sort={page.sort}
        sortDisabled={page.sortFixed}
        onSort={page.onSort}
        onLoadMore={page.list.loadMore}
        onOpen={page.onOpen}
        onVisibleRange={page.onVisibleRange}
        cellContext={page.cellContext}
      />
    </Stack>
  );
}
