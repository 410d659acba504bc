-- An initiative's place, for the map: the municipality it is at, by its official key (AGS, eight digits), and,
-- where staff know the address, its exact point in WGS84 degrees. Without a point the municipality's own point
-- is shown (src/queries/initiatives.ts takes it from the sdk's municipality table, with the name), so a key is
-- all a place needs and a corrected table corrects every such point. Without a key an initiative has no place:
-- it is listed and counted in its region, but not drawn. The server checks the key against the table and the
-- initiative's region, and the point against Saxony's box, before it writes (src/admin/initiatives.ts); the
-- checks here only keep the columns in shape. Rows from before stay without a place. Runs unchanged on PGlite
-- and PostgreSQL 15+.
alter table initiatives add column municipality_key text check (municipality_key ~ '^[0-9]{8}$');
alter table initiatives add column longitude double precision check (longitude between -180 and 180);
alter table initiatives add column latitude double precision check (latitude between -90 and 90);
alter table initiatives add constraint initiatives_point check (
  (longitude is null) = (latitude is null) and (longitude is null or municipality_key is not null)
);
