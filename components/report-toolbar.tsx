import type { ShareTarget } from '@/lib/site/share';
import { FontSizeControl } from './font-size-control';
import { PrintButton } from './print-button';
import { ReadAloudControls } from './read-aloud';
import { ShareRow } from './share-row';

/** Props of ReportToolbar. */
export interface ReportToolbarProps {
  share: ShareTarget;
}

/** 字号, 打印 and 分享 under the title. */
export function ReportToolbar({ share }: ReportToolbarProps) {
  return (
    <div className="toolbar no-print" data-pagefind-ignore="all">
      <FontSizeControl idSuffix="toolbar" />
      <div className="control-group">
        <PrintButton />
      </div>
      <ReadAloudControls idSuffix="toolbar" />
      <ShareRow target={share} />
    </div>
  );
}
