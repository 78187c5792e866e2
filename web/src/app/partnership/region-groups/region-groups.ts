import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  MEMBERSHIP_KINDS,
  MembershipKind,
  PartnerView,
  RegionView,
} from '@ws/domain';
import { TranslocoDirective } from '@jsverse/transloco';

interface RegionGroup {
  /** Also the key of its heading, partnership.regionGroups.<kind> */
  kind: MembershipKind;
  regions: { region: RegionView; partners: PartnerView[] }[];
}

@Component({
  selector: 'app-region-groups',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './region-groups.html',
  styleUrl: './region-groups.css',
})
export class RegionGroups {
  readonly regions = input.required<readonly RegionView[]>();
  readonly partners = input.required<readonly PartnerView[]>();

  protected readonly groups = computed<RegionGroup[]>(() =>
    MEMBERSHIP_KINDS.map((kind) => ({
      kind,
      regions: this.regions()
        .filter((r) => r.membership === kind)
        .map((region) => ({
          region,
          partners: this.partners().filter((p) => p.region === region.code),
        })),
    })).filter((group) => group.regions.length > 0),
  );
}
