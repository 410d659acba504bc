-- iCalendar's SEQUENCE: calendar programs take a changed event from a subscribed feed only when its SEQUENCE has
-- risen (RFC 5545, 3.8.7.4). Every update of a field a calendar shows raises it by one, and stamps updated_at
-- (the feeds' DTSTAMP and LAST-MODIFIED), so no writer can forget either. An update that sets sequence or
-- updated_at itself keeps what it set. Runs unchanged on PGlite and PostgreSQL 15+.

create function events_sequence() returns trigger language plpgsql as $$
begin
  if (new.title, new.summary, new.description, new.category, new.topics, new.status, new.starts_at, new.ends_at,
      new.all_day, new.rrule, new.exdates, new.location, new.online_url, new.registration_url)
     is distinct from
     (old.title, old.summary, old.description, old.category, old.topics, old.status, old.starts_at, old.ends_at,
      old.all_day, old.rrule, old.exdates, old.location, old.online_url, old.registration_url) then
    if new.sequence is not distinct from old.sequence then
      new.sequence := old.sequence + 1;
    end if;
    if new.updated_at is not distinct from old.updated_at then
      new.updated_at := now();
    end if;
  end if;
  return new;
end
$$;

create trigger events_sequence before update on events
  for each row execute function events_sequence();
