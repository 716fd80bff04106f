package org.parvis.modules.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A working group (commission, atelier) of members, possibly on one referral. */
@Entity
@Table(name = "council_working_group")
public class CouncilWorkingGroup {

  @Id private UUID id;

  @TenantId
  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String name;

  @Column(name = "referral_id")
  private UUID referralId;

  @Convert(converter = UuidListConverter.class)
  @Column(nullable = false)
  private List<UUID> members = new ArrayList<>();

  @Version private long version;

  protected CouncilWorkingGroup() {}

  public CouncilWorkingGroup(String name, UUID referralId) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.referralId = referralId;
  }

  public void join(CouncilMember member, java.time.LocalDate today) {
    if (!member.sitsOn(today)) {
      throw new CouncilException("refusal.group.notSitting");
    }
    if (!members.contains(member.id())) {
      members.add(member.id());
    }
  }

  public void leave(UUID member) {
    members.remove(member);
  }

  public boolean has(UUID member) {
    return members.contains(member);
  }

  public UUID id() { return id; }
  public String name() { return name; }
  public UUID referralId() { return referralId; }
  public List<UUID> members() { return List.copyOf(members); }
}
